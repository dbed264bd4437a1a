// The first module the page evaluates (main.tsx imports it first): the training worker starts
// loading its script while the page evaluates the rest of the app's code and renders.
import { startTrainingWorkerEarly } from '../worker/training/workerStart';

startTrainingWorkerEarly();
