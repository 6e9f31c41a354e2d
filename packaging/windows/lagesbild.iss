; Inno Setup 6.3 or later (x64compatible; UTF-8 script): the Windows installer for Lägesbild Desktop.
; Wraps the one-folder build of packaging/lagesbild.spec (dist\lagesbild\). Steps: packaging/README.md.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\lagesbild.iss
;
; Output: dist\LagesbildDesktop-<version>-setup.exe. Silent install for software deployment:
;   LagesbildDesktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; Silent uninstall: "C:\Program Files\Lagesbild Desktop\unins000.exe" /VERYSILENT
; Neither touches the users' data (%LOCALAPPDATA%\Lagesbild\Lagesbild\): the database and its
; backups are official records and stay when the program is removed or upgraded.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Lägesbild Desktop"
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B0E7C52-3F4A-4D8E-9A61-2C5B8F1D7E43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Lägesbild Desktop
DefaultDirName={autopf}\Lagesbild Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine by default (an IT department installs it once); /CURRENTUSER installs for one user.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=LagesbildDesktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\LagesbildDesktop.exe
#if FileExists(Root + "\resources\icons\lagesbild.ico")
SetupIconFile={#Root}\resources\icons\lagesbild.ico
#endif
; A running copy must be closed before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Swedish when the compiler has it (Inno Setup 6.4 and later ship Languages\Swedish.isl), or when a
; Swedish.isl lies beside this script; English otherwise.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#elif FileExists(AddBackslash(SourcePath) + "Swedish.isl")
Name: "sv"; MessagesFile: "Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: files an older build had (Qt plugins, say) must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\lagesbild\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\LagesbildDesktop.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\LagesbildDesktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\LagesbildDesktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote into its own folder (Python's caches); never the data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
