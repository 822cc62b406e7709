/** Small document builders for the rule examples (shown in the docs and run by the tests). */

export type Json = Record<string, unknown>;

/** A minimal connector definition with the given paths and extra root keys. */
export function swagger(paths: Json, extra: Json = {}): Json {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Tasks', description: 'Manage Contoso tasks.', version: '1.0' },
    host: 'api.contoso.com',
    basePath: '/',
    schemes: ['https'],
    paths,
    ...extra,
  };
}

/** An operation with an operationId and a 200 response. */
export function op(operationId: string, extra: Json = {}): Json {
  return {
    operationId,
    summary: 'Get task',
    description: 'Gets a task.',
    responses: { '200': { description: 'OK' } },
    ...extra,
  };
}

export function query(name: string, extra: Json = {}): Json {
  return {
    name,
    in: 'query',
    type: 'string',
    required: false,
    'x-ms-summary': name,
    description: `The ${name}.`,
    ...extra,
  };
}

export function pathParam(name: string, extra: Json = {}): Json {
  return {
    name,
    in: 'path',
    type: 'string',
    required: true,
    'x-ms-summary': 'Task ID',
    description: 'The task.',
    ...extra,
  };
}

export function body(schema: Json, extra: Json = {}): Json {
  return { name: 'body', in: 'body', required: true, schema, ...extra };
}

export function ok(schema: Json): Json {
  return { '200': { description: 'OK', schema } };
}

export function object(properties: Json, required?: string[]): Json {
  return required ? { type: 'object', properties, required } : { type: 'object', properties };
}

/** A definition whose CreateTask (`POST /tasks`) takes a body with this schema. */
export function createTask(schema: Json): Json {
  return swagger({ '/tasks': { post: op('CreateTask', { parameters: [body(schema)] }) } });
}

/** GetTask hidden and deprecated, continued by GetTaskV2 in its `x-ms-api-annotation` family: old and new side. */
export function getTaskRetiredForV2(): { old: { swagger: Json }; new: { swagger: Json } } {
  return {
    old: {
      swagger: swagger({
        '/tasks/{id}': { get: op('GetTask', { 'x-ms-api-annotation': { family: 'GetTask', revision: 1 } }) },
      }),
    },
    new: {
      swagger: swagger({
        '/tasks/{id}': {
          get: op('GetTask', {
            deprecated: true,
            'x-ms-visibility': 'internal',
            'x-ms-api-annotation': { family: 'GetTask', revision: 1 },
          }),
        },
        '/v2/tasks/{id}': { get: op('GetTaskV2', { 'x-ms-api-annotation': { family: 'GetTask', revision: 2 } }) },
      }),
    },
  };
}
