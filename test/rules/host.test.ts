import { runArea } from '../helpers/area';

runArea('host');
