import { runArea } from '../helpers/area';

runArea('triggers');
