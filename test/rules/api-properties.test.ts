import { runArea } from '../helpers/area';

runArea('api-properties');
