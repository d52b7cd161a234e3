const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id a request sent can be a uuid at all: anything else is answered as not found, without a query. */
export const isUuid = (id: string) => UUID.test(id);
