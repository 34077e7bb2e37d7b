// The app's repositories over its one database, created once.
import { AnnotationsRepo } from './annotations-repo';
import { db } from './database';
import { BriefsRepo } from './briefs-repo';
import { DocumentsRepo } from './documents-repo';
import { FactsRepo } from './facts-repo';
import { FiguresRepo } from './figures-repo';
import { OriginalsRepo } from './originals-repo';
import { SettingsRepo } from './settings-repo';

export const documentsRepo = new DocumentsRepo(db);
export const annotationsRepo = new AnnotationsRepo(db);
export const entitiesRepo = annotationsRepo.entities;
export const settingsRepo = new SettingsRepo(db);
export const originalsRepo = new OriginalsRepo(db);
export const figuresRepo = new FiguresRepo(db);
export const factsRepo = new FactsRepo(db, annotationsRepo);
export const briefsRepo = new BriefsRepo(db, documentsRepo, annotationsRepo, factsRepo);
export { db };
