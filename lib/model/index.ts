export * from './bounds';
export * from './campaign';
export * from './editable-fields';
export * from './languages';
export * from './profile';
export * from './report';
export * from './shortlist';
