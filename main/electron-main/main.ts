import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import type { ExportRequest, PdfRequest } from '../../core/host/ipc-contract.ts';
import { APP_SCHEME } from '../node/app-origin.ts';
import { createAppProtocolHandler } from '../node/app-protocol.ts';
import { fileArgument, fileFromSecondInstance, launchDataFor } from './command-line.ts';
import { createDocumentDialogs, createExportDialogs } from './dialogs.ts';
import { DocumentService } from '../node/document-service.ts';
import { ExportService } from '../node/export-service.ts';
import { ExternalOpens } from './external-opens.ts';
import { hostHandlers } from './host-handlers.ts';
import { registerHostHandlers } from './ipc.ts';
import { createMainWindow, type MainWindow } from './main-window.ts';
import { buildMenuTemplate } from './menu.ts';
import { PathGrants } from '../node/path-grants.ts';
import { pageToPdf, printPage } from './print-page.ts';
import { RecentFiles } from '../node/recent-files.ts';
import { RecoveryStore } from '../node/recovery.ts';
import { lockDownSession } from './session-policy.ts';
import { installWebContentsGuards } from './web-contents-guards.ts';
import { APP_NAME } from './window-title.ts';

/** Matches appId in build/electron-builder.json; Windows files jump lists and recent documents under it. */
const APP_ID = 'cn.gongwen.writer';

// Bundled to out/main/main.cjs; the preload and the renderer build sit beside it, in the
// project folder and inside app.asar alike.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererRoot = join(__dirname, '..', 'renderer');

// Must happen before `ready`: a standard, secure scheme gets a real origin, so the CSP's
// 'self', localStorage and same-origin checks work as they would on https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Every renderer sandboxed, including any a future feature creates without thinking of it.
app.enableSandbox();
app.setName(APP_NAME);
// One settings folder however the app is started (npm start runs main.cjs directly, which
// would otherwise be filed under "Electron"), and an ASCII name for it. Tests of a development
// build get their own, so they neither see the user's recent files nor meet the running app's
// single-instance lock.
const testUserData = app.isPackaged ? undefined : process.env.GONGWEN_USER_DATA_DIR;
app.setPath('userData', testUserData || join(app.getPath('appData'), 'gongwen'));
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// A second launch (double-clicking another .gwdoc) hands its file to this instance and quits;
// the running instance receives it through 'second-instance'.
if (!app.requestSingleInstanceLock(launchDataFor(process.argv, process.cwd()))) {
  app.quit();
} else {
  start();
}

function start(): void {
  let main: MainWindow | null = null;
  let documents: DocumentService | null = null;
  const recovery = new RecoveryStore(join(app.getPath('userData'), 'recovery'));
  // Settles once the window's drafts are dealt with; quitting waits for it.
  let windowCleanup: Promise<void> = Promise.resolve();
  let readyToQuit = false;

  const opens = new ExternalOpens((_path, error) => dialog.showErrorBox('无法打开文件', error instanceof Error ? error.message : String(error)));
  const initial = fileArgument(process.argv, process.cwd());
  if (initial) opens.request(initial);

  installWebContentsGuards(app);
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    opens.secondLaunch(fileFromSecondInstance(argv, workingDirectory, additionalData));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opens.request(path);
  });
  // One window is the whole app; closing it quits, on macOS too.
  app.on('window-all-closed', () => app.quit());
  // The drafts of a normal close are removed before the process ends, not raced by the exit.
  app.on('will-quit', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    void windowCleanup.finally(() => {
      readyToQuit = true;
      app.quit();
    });
  });
  app.whenReady().then(async () => {
    lockDownSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

    const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'));
    const refreshMenu = async () => {
      const template = buildMenuTemplate({
        platform: process.platform,
        recent: await recent.list(),
        developer: !app.isPackaged,
        actions: {
          send: (command) => main?.sendMenuCommand(command),
          openRecent: (path) => opens.request(path),
          clearRecent: () => {
            app.clearRecentDocuments();
            void documents?.clearRecent();
          },
        },
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    // One set of grants: the .docx goes next to a .gwdoc only when the user chose that .gwdoc.
    const grants = new PathGrants();
    documents = new DocumentService({
      dialogs: createDocumentDialogs(() => main?.window ?? BrowserWindow.getFocusedWindow()),
      recent,
      grants,
      defaultFolder: app.getPath('documents'),
      onRecentChanged: (added) => {
        if (added) app.addRecentDocument(added);
        void refreshMenu();
      },
    });
    const exportService = new ExportService({
      dialogs: createExportDialogs(() => main?.window ?? BrowserWindow.getFocusedWindow()),
      grants,
      defaultFolder: app.getPath('documents'),
    });
    const service = documents;
    // Printing prints the window's own page, whose print view the page mounted before asking:
    // no other window, so nothing with weaker settings ever loads the document.
    const page = () => {
      if (!main) throw new Error('窗口已关闭');
      return main.window.webContents;
    };
    const exports = {
      exportDocx: (request: ExportRequest) => exportService.exportDocx(request),
      exportPdf: (request: PdfRequest) => exportService.exportPdf(request, () => pageToPdf(page())),
    };
    // Saves go through the window, so closing with 保存 knows when the file is written.
    const tracked = <T>(save: () => Promise<T | null>) => (main ? main.trackSave(save) : save());
    registerHostHandlers(ipcMain, hostHandlers({
      documents: {
        open: () => service.open(),
        openPath: (path) => service.openPath(path),
        save: (request) => tracked(() => service.save(request)),
        saveAs: (request) => tracked(() => service.saveAs(request)),
        listRecent: () => service.listRecent(),
      },
      exports,
      print: () => printPage(page()),
      recovery,
      setTitle: (state) => main?.setTitle(state),
    }));
    // Before the page can write: temp files of draft writes a crash cut short.
    await recovery.sweep();
    await refreshMenu();

    const window = createMainWindow({
      preload: preloadPath,
      icon: join(__dirname, 'icon.png'),
      onClosed: (clean) => {
        main = null;
        opens.detach();
        // A page that crashed keeps its draft for the next start.
        if (clean) windowCleanup = recovery.endSession().catch(() => undefined);
      },
    });
    main = window;
    opens.attach({
      focus: () => {
        if (window.window.isMinimized()) window.window.restore();
        window.window.focus();
      },
      open: async (path) => window.sendOpenedFile(await service.openTrusted(path)),
    });
  }).catch((error: Error) => {
    dialog.showErrorBox('公文写作台无法启动', error.message);
    app.exit(1);
  });
}
