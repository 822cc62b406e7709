import { runArea } from '../helpers/area';

runArea('operations');
