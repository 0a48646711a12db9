export * from './bounds';
export * from './campaign';
export * from './languages';
export * from './profile';
export * from './report';
export * from './shortlist';
export * from './editable-fields';
