# Build the IEPDesk bundle and installer on Windows 10/11 (x64). Not run by the project's CI.
# Needs: Python 3.11 (python.org, "py" launcher) and Inno Setup 6 (iscc on PATH).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --disable-pip-version-check -r requirements.lock
# keyring's Windows backend needs pywin32-ctypes, which a lock made on Linux does not pin.
.venv\Scripts\python -m pip install --disable-pip-version-check "pywin32-ctypes>=0.2"
.venv\Scripts\python -m pip install --disable-pip-version-check --no-deps -e .

.venv\Scripts\pyinstaller --noconfirm --clean pyinstaller.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

# The console twin prints the self-test; it runs offscreen and leaves nothing behind.
dist\iepdesk\iepdesk-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }

$version = (.venv\Scripts\python packaging\bundle_data.py version).Trim()
iscc "/DAppVersion=$version" packaging\windows\iepdesk.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Write-Host "dist\IEPDesk-$version-setup.exe"
