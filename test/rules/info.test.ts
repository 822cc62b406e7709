import { runArea } from '../helpers/area';

runArea('info');
