# The helpers every lab's check.ps1 loads, so that each self-check says PASS and FAIL the same way
# and asks the same of your computer: the twin of self-check.sh, for Windows PowerShell 5.1 and
# PowerShell 7. A lab's zip holds this folder beside the lab folder, as the course repository does.

# One check passed.
function Pass([string]$Message) { Write-Host "PASS  $Message" }

# Says what is wrong and what to do, removes what the self-check started (its Cleanup), and stops.
function Fail([string]$Message, [string]$Hint = '') {
  Write-Host "FAIL  $Message"
  if ($Hint) { Write-Host "      $Hint" }
  if (Get-Command Cleanup -CommandType Function -ErrorAction SilentlyContinue) { Cleanup }
  exit 1
}

# Docker is installed, and its engine answers.
function Assert-Docker {
  if (-not (Get-Command docker -ErrorAction SilentlyContinue)) {
    Fail 'Docker is not installed.' 'Install Docker Desktop, then run this again.'
  }
  docker info 2>&1 | Out-Null
  if ($LASTEXITCODE -ne 0) { Fail 'Docker is installed but not running.' 'Start Docker Desktop and run this again.' }
}

# Compose v2, the `docker compose` command (not the old `docker-compose`).
function Assert-Compose {
  docker compose version 2>&1 | Out-Null
  if ($LASTEXITCODE -ne 0) { Fail 'Docker Compose v2 is missing (the `docker compose` command).' 'It comes with Docker Desktop.' }
}

# Builds $Folder as $Image; on an error, shows the build's last lines and stops.
function Build-Image([string]$Image, [string]$Folder, [string]$Hint = 'Fix the Dockerfile line it names and run this again.') {
  $output = docker build -t $Image $Folder 2>&1
  if ($LASTEXITCODE -ne 0) {
    $output | Select-Object -Last 15 | ForEach-Object { Write-Host $_ }
    Fail 'docker build failed (its last lines are above).' $Hint
  }
  Pass 'the image builds'
}

# The image names a user other than root, so its containers do not run as root.
function Assert-NonRoot([string]$Image, [string]$Hint) {
  $user = (docker image inspect --format '{{.Config.User}}' $Image | Out-String).Trim()
  if ($user -eq '' -or $user -eq 'root' -or $user -eq '0' -or $user.StartsWith('0:')) {
    Fail 'The container runs as root.' $Hint
  }
  Pass "it runs as user '$user', not root"
}
