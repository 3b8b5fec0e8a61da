# Lab 01 self-check for Windows PowerShell: builds your image, runs it and checks the greeting.
# Usage: .\check.ps1 [folder]   (default: starter)
param([string]$Folder = 'starter')
# Not 'Stop': Windows PowerShell 5.1 would turn docker's progress on stderr into fatal errors.
$ErrorActionPreference = 'Continue'
Set-Location -Path $PSScriptRoot
# The PASS and FAIL lines and the gates every self-check shares (../shared: in the lab's zip, beside this folder).
$shared = "$PSScriptRoot/../shared/self-check.ps1"
if (-not (Test-Path $shared)) { Write-Host "FAIL  $shared is missing: unzip the whole lab zip, which holds shared/ beside this folder."; exit 1 }
. $shared
$image = 'lab01-hello:selfcheck'
$expected = 'Hello, Docker!'

function Cleanup { docker rmi -f $image 2>&1 | Out-Null }

Assert-Docker
$dockerfile = Join-Path $Folder 'Dockerfile'
if (-not (Test-Path $dockerfile)) { Fail "There is no $dockerfile." "Run this script from the lab folder: .\check.ps1 $Folder" }
Pass 'Docker is running'

if (-not (Select-String -Path $dockerfile -Pattern '^\s*FROM\s+python:3\.13-slim-trixie(\s|$)' -Quiet)) {
  Fail 'The Dockerfile does not start FROM python:3.13-slim-trixie.' "Use the course's base image, pinned by its tag."
}
Pass 'FROM python:3.13-slim-trixie'

if (-not (Test-Path (Join-Path $Folder '.dockerignore'))) {
  Fail "There is no $Folder\.dockerignore." 'Add one so only what the image needs is sent to the build.'
}
Pass '.dockerignore is there'

Build-Image $image $Folder

Assert-NonRoot $image 'Add a USER instruction (after creating the user) near the end of the Dockerfile.'

$cmd = (docker image inspect --format '{{json .Config.Cmd}}' $image | Out-String).Trim()
if ($cmd.StartsWith('["/bin/sh","-c"')) { Fail "CMD is in shell form: $cmd" 'Write it as a JSON list: CMD ["python", "hello.py"]' }
Pass 'CMD is in exec form'

$output = (docker run --rm $image 2>&1 | Out-String)
if ($LASTEXITCODE -ne 0) {
  Write-Host $output
  Fail 'The container exited with an error (its output is above).'
}
if (-not $output.Contains($expected)) { Fail "The container did not print `"$expected`"." "It printed: $output" }
Pass "the container prints `"$expected`" and exits 0"

Cleanup
Write-Host ''
Write-Host 'All checks passed. Well done!'
