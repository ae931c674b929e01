; Inno Setup 6 script: the Windows installer for IEPDesk, wrapping the PyInstaller folder dist\iepdesk\.
; Build on Windows (see docs/packaging.md and packaging/windows/build.ps1):
;   pyinstaller --noconfirm --clean pyinstaller.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\iepdesk.iss
; Output: dist\IEPDesk-<version>-setup.exe. Paths below are relative to this file's folder.
; Not built on the project's Linux CI (Inno Setup runs on Windows only).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "IEPDesk"
#define AppExe "iepdesk.exe"

[Setup]
; The AppId identifies the program for upgrades and uninstall: never change it.
AppId={{6C1E3F0B-5B7E-4E0B-9E7C-1F4A9A2D7C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The IEPDesk team
AppComments=A private, offline record of a child's IEP.
VersionInfoVersion={#AppVersion}
; Per-user install by default (no administrator needed); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\iepdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Sign the installer and the uninstaller when a certificate is configured (see docs/packaging.md):
;   iscc /DSignTool=... ; then uncomment:
; SignTool=signtool
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: iepdesk.exe (no console), iepdesk-cli.exe (for a terminal), _internal\.
Source: "..\..\dist\iepdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start-menu shortcut (and an optional desktop one). The uninstaller is listed in Settings > Apps.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. Cases live where the parent saved them and are never removed.
Type: filesandordirs; Name: "{app}"
