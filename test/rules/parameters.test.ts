import { runArea } from '../helpers/area';

runArea('parameters');
