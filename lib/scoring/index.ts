export * from './eligibility';
export * from './engagement';
export * from './score-profile';
export * from './tier';
export * from './verdict';
