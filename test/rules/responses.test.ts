import { runArea } from '../helpers/area';

runArea('responses');
