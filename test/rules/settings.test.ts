import { runArea } from '../helpers/area';

runArea('settings');
