// Electron entry point: everything Electron-specific lives in ./app.
import './app/main';
