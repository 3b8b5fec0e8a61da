# Pre-pull for the Docker for Data Science tutorial, for Windows PowerShell 5.1 and PowerShell 7
# (on macOS and Linux, pre-pull.sh does the same): pulls every image the labs pull from Docker Hub,
# so that the conference network, and Docker Hub's pull limit, matter less on the day. Run it at home.
#
# Usage: powershell -ExecutionPolicy Bypass -File .\pre-pull.ps1
#        (exits 0 when every image is on this laptop, 1 otherwise)
#
# @generated-note

# Not 'Stop': Windows PowerShell 5.1 would turn docker's messages on stderr into fatal errors.
$ErrorActionPreference = 'Continue'

# @generated-data

# The address of a troubleshooting entry (written out here: some tools misread a # after a variable in a string).
function Get-HelpLink([string]$Anchor) { return $troubleshooting + '#' + $Anchor }

if (-not (Get-Command docker -ErrorAction SilentlyContinue)) {
  Write-Host 'FAIL  Docker is not installed: there is no docker command.'
  Write-Host "      Install it first: step 1 of $beforePage."
  exit 1
}
docker info 2>&1 | Out-Null
if ($LASTEXITCODE -ne 0) {
  Write-Host 'FAIL  Docker is not running (or your user may not use it).'
  Write-Host '      Start Docker Desktop and run this again; the setup check (check-setup.ps1) says more.'
  exit 1
}

$failed = @()
$pullLimit = $false
foreach ($image in $images) {
  Write-Host ''
  Write-Host "==> $($image.Ref): $($image.Why)"
  # Each line is shown as it comes, and kept, to read the reason of a failure.
  $output = docker pull $image.Ref 2>&1 | ForEach-Object { $text = "$_"; Write-Host $text; $text }
  if ($LASTEXITCODE -ne 0) {
    $failed += $image.Ref
    if (($output -join "`n") -match 'toomanyrequests') { $pullLimit = $true }
  }
}

Write-Host ''
if ($failed.Count -eq 0) {
  Write-Host "All $($images.Count) images the labs pull are on this laptop. Next: the setup check (check-setup.ps1)."
  exit 0
}
Write-Host "FAIL  not pulled: $($failed -join ' ')"
if ($pullLimit) {
  Write-Host '      Docker Hub refused (toomanyrequests): the pull limit of your network address is used up.'
  Write-Host '      Sign in with a free Docker account (docker login), or try again later or on another network.'
  Write-Host "      See $(Get-HelpLink 'pull-rate-limit') on the course site."
} else {
  Write-Host '      The messages above say why. Run this script again: images already pulled download nothing more.'
  Write-Host "      More help: $troubleshooting on the course site."
}
exit 1
