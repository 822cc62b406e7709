import { runArea } from '../helpers/area';

runArea('folder');
