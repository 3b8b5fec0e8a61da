# Prepare at home, for the Docker for Data Science tutorial, for Windows PowerShell 5.1 and
# PowerShell 7 (on macOS and Linux, prepare-at-home.sh does the same). It builds the lab images, so
# that on the day the labs' own builds take their package installs (pip, apt-get) from Docker's
# build cache instead of the conference network. It prints, image by image, what that saves and
# what it does not.
#
# It needs the course material (the labs folder next to this setup folder).
# Usage: powershell -ExecutionPolicy Bypass -File .\setup\prepare-at-home.ps1
#        (exits 0 when every image built, 1 otherwise)
#
# @generated-note

# Not 'Stop': Windows PowerShell 5.1 would turn docker's messages on stderr into fatal errors.
$ErrorActionPreference = 'Continue'

# @generated-data

Set-Location -Path (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path 'labs')) {
  Write-Host 'FAIL  There is no labs folder next to setup: this script builds the lab images from it.'
  Write-Host "      Get the course material first (step 5 of $beforePage), then run setup\prepare-at-home.ps1 in it."
  exit 1
}
if (-not (Get-Command docker -ErrorAction SilentlyContinue)) {
  Write-Host "FAIL  Docker is not installed: there is no docker command (step 1 of $beforePage)."
  exit 1
}
docker info 2>&1 | Out-Null
if ($LASTEXITCODE -ne 0) {
  Write-Host 'FAIL  Docker is not running (or your user may not use it).'
  Write-Host '      Start Docker Desktop and run this again; the setup check (setup\check-setup.ps1) says more.'
  exit 1
}

$script:built = @()
$script:failed = @()
# A list item, over several lines.
function Write-Bullet([string[]]$Lines) {
  Write-Host "  - $($Lines[0])"
  foreach ($line in ($Lines | Select-Object -Skip 1)) { Write-Host "    $line" }
}
# Builds Folder as Tag, then prints the Lines (what that saves).
function Build-LabImage([string]$Lab, [string]$Tag, [string]$Folder, [string[]]$Lines) {
  Write-Host ''
  Write-Host "==> ${Lab}: building $Tag from $Folder"
  docker build -t $Tag $Folder
  if ($LASTEXITCODE -eq 0) {
    $script:built += $Tag
    Write-Host "OK    $Tag ($Lab)"
    foreach ($line in $Lines) { Write-Host "      $line" }
  } else {
    $script:failed += $Tag
    Write-Host "FAIL  $Tag ($Lab) did not build: the messages above say why."
  }
}

Write-Host 'Building the lab images. The first run downloads the packages the labs pin; a second run takes'
Write-Host 'seconds, since everything then comes from the cache.'
foreach ($line in $armNote) { Write-Host $line }

# @generated-builds

Write-Host ''
Write-Host 'What this saves on the day:'
Write-Host '  - the package downloads of the builds above (pip, apt-get), kept in the build cache of Docker;'
Write-Bullet $baseNote
Write-Host 'What it does not save:'
Write-Bullet $otherNote
Write-Host '  - a line you change: Docker rebuilds it and every line after it, so a change to requirements.txt,'
Write-Host '    or to a line before RUN pip install, downloads the packages again;'
Write-Host '  - a cache that is gone: docker system prune, docker builder prune or a reset of Docker Desktop'
Write-Host '    can remove it (run this script again afterwards).'
if ($notBuilt.Count -gt 0) {
  Write-Host 'Not built here:'
  foreach ($line in $notBuilt) { Write-Host "  $line" }
}

Write-Host ''
if ($script:failed.Count -eq 0) {
  Write-Host "All $($script:built.Count) lab images built: $($script:built -join ' ')"
  exit 0
}
Write-Host "FAIL  did not build: $($script:failed -join ' '). More help: $troubleshooting on the course site."
exit 1
