import { runArea } from '../helpers/area';

runArea('metadata');
