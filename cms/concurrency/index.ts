// What a collection wires in to refuse lost updates: the hook and the field it stamps.
export { lastEditedByField } from './lastEditedByField'
export { refuseStaleSave } from './refuseStaleSave'
