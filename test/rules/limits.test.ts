import { runArea } from '../helpers/area';

runArea('limits');
