import { runArea } from '../helpers/area';

runArea('dynamic');
