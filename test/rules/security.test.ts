import { runArea } from '../helpers/area';

runArea('security');
