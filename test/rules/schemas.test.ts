import { runArea } from '../helpers/area';

runArea('schemas');
