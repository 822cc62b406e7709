import { runArea } from '../helpers/area';

runArea('cross');
