import { runArea } from '../helpers/area';

runArea('extensions');
