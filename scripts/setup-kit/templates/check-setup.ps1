# Setup check for the Docker for Data Science tutorial, for Windows PowerShell 5.1 and PowerShell 7
# (on macOS and Linux, check-setup.sh checks the same things).
#
# It runs a real container from the course's Python image, checks Docker Compose v2, the disk space
# Docker has left, the course images and the ports the labs publish, and reports the processor
# architecture your containers run on. Every FAIL line says what to fix. It changes nothing, except
# that the container run pulls the Python image when it is not there yet.
#
# Usage: powershell -ExecutionPolicy Bypass -File .\check-setup.ps1
#        (exits 0 when this laptop is ready, 1 when something needs fixing)
#
# @generated-note

# Not 'Stop': Windows PowerShell 5.1 would turn docker's messages on stderr into fatal errors.
$ErrorActionPreference = 'Continue'

# @generated-data

# The address of a troubleshooting entry (written out here: some tools misread a # after a variable in a string).
function Get-HelpLink([string]$Anchor) { return $troubleshooting + '#' + $Anchor }

$script:failures = 0
function Write-Detail([string[]]$Lines) { foreach ($line in $Lines) { if ($line) { Write-Host "      $line" } } }
function Pass([string]$Message) { Write-Host "PASS  $Message" }
function Info([string]$Message, [string[]]$Lines = @()) { Write-Host "INFO  $Message"; Write-Detail $Lines }
function Warn([string]$Message, [string[]]$Lines = @()) { Write-Host "WARN  $Message"; Write-Detail $Lines }
function Fail([string]$Message, [string[]]$Lines = @()) {
  Write-Host "FAIL  $Message"
  Write-Detail $Lines
  $script:failures += 1
}
function Finish {
  Write-Host ''
  if ($script:failures -eq 0) {
    Write-Host 'All checks passed: this laptop is ready for the tutorial.'
    exit 0
  }
  Write-Host "$($script:failures) problem(s) to fix: see the FAIL lines above. More help: $troubleshooting on the course site."
  exit 1
}

# Runs docker with these arguments; returns its output (stdout and stderr) as one text, and keeps
# its exit code in $script:dockerExit.
function Invoke-Docker([string[]]$Arguments) {
  $output = & docker @Arguments 2>&1 | ForEach-Object { "$_" }
  $script:dockerExit = $LASTEXITCODE
  return ($output -join "`n")
}

# Says what a failed docker command means, from its output, and what to do about it.
function Show-Failure([string]$What, [string]$Output) {
  $Output -split "`n" | Select-Object -Last 5 | ForEach-Object { Write-Host "      | $_" }
  if ($Output -match 'toomanyrequests') {
    Fail "${What}: Docker Hub's pull limit for your network address is used up (toomanyrequests)." @(
      'Sign in with a free Docker account (docker login, or Sign in in Docker Desktop) and run this again,',
      "or pull at home. See $(Get-HelpLink 'pull-rate-limit')")
  } elseif ($Output -match 'no space left on device') {
    Fail "${What}: the disk Docker keeps its images on is full (no space left on device)." @(
      "docker system df shows what Docker uses. See $(Get-HelpLink 'disk-space')")
  } elseif ($Output -match 'exec format error') {
    Fail "${What}: the image was built for another processor (exec format error)." @(
      "See $(Get-HelpLink 'exec-format-error')")
  } elseif ($Output -match 'no such host|dial tcp|i/o timeout|TLS handshake timeout|proxyconnect|x509|network is unreachable') {
    Fail "${What}: Docker could not reach the registry (no network, or a proxy or VPN in the way)." @(
      "Check that you are online. Behind a company proxy or on a VPN, see $(Get-HelpLink 'proxies-and-vpns')")
  } else {
    Fail "$What (the last lines of its output are above)." @("See $troubleshooting")
  }
}

# Whether something on this machine accepts connections on 127.0.0.1:$Port.
function Test-PortInUse([int]$Port) {
  $client = New-Object System.Net.Sockets.TcpClient
  try { return $client.ConnectAsync('127.0.0.1', $Port).Wait(1000) } catch { return $false } finally { $client.Close() }
}

# Whether a program could listen on 127.0.0.1:$Port (Windows reserves some ranges for Hyper-V and WSL).
function Test-PortBindable([int]$Port) {
  $listener = New-Object System.Net.Sockets.TcpListener -ArgumentList ([System.Net.IPAddress]::Loopback), $Port
  try { $listener.Start(); return $true } catch { return $false } finally { $listener.Stop() }
}

# 1. Docker is installed and running.
if (-not (Get-Command docker -ErrorAction SilentlyContinue)) {
  Fail 'Docker is not installed: there is no docker command.' @(
    'Install Docker Desktop (macOS, Windows) or Docker Engine with its Compose plugin (Linux):',
    "step 1 of $beforePage.")
  Finish
}
$dockerInfo = Invoke-Docker @('info')
if ($script:dockerExit -ne 0) {
  if ($dockerInfo -match 'Access is denied') {
    Fail 'Docker Desktop runs, but your Windows user may not use it (access denied).' @(
      'Add yourself to the docker-users group, in a PowerShell run as administrator:',
      "net localgroup docker-users $env:USERNAME /add",
      'then sign out of Windows and back in.')
  } elseif ($dockerInfo -match 'permission denied') {
    Fail 'Docker runs, but your user may not talk to it (permission denied on the Docker socket).' @(
      "Linux: add yourself to the docker group, then log out and back in: sudo usermod -aG docker $env:USER",
      'With Docker Desktop for Linux, use its engine instead: docker context use desktop-linux',
      "See $(Get-HelpLink 'docker-socket-permissions')")
  } else {
    Fail 'Docker is installed but not running.' @(
      'Start Docker Desktop and wait until it says the engine is running (Linux without Docker Desktop:',
      'sudo systemctl start docker), then run this check again.')
  }
  Finish
}

# 2. The engine runs Linux containers, and is recent enough.
$server = (Invoke-Docker @('version', '--format', '{{.Server.Os}}/{{.Server.Arch}} {{.Server.Version}}')).Trim()
$serverPlatform = ($server -split ' ')[0]
$serverVersion = ($server -split ' ')[-1]
if ($script:dockerExit -ne 0 -or $server -eq '') {
  Warn 'Docker did not say which engine it runs (docker version failed).' @('The checks below still try.')
} elseif (-not $serverPlatform.StartsWith('linux/')) {
  Fail "Docker runs Windows containers ($serverPlatform); the course needs Linux containers." @(
    'Right-click the Docker icon in the taskbar and choose Switch to Linux containers.')
} else {
  $serverMajor = 0
  if ([int]::TryParse(($serverVersion -split '\.')[0], [ref]$serverMajor) -and $serverMajor -lt $engineMin) {
    Warn "Docker Engine $serverVersion is older than $engineMin." @(
      $engineMinWhy,
      'Update Docker Desktop, or Docker Engine from the package repository of Docker.')
  } else {
    Pass "Docker Engine $serverVersion ($serverPlatform)"
  }
}

# 3. Compose v2: the docker compose command.
$composeVersion = (Invoke-Docker @('compose', 'version', '--short')).Trim()
if ($script:dockerExit -eq 0 -and $composeVersion -ne '') {
  $composeMajor = 0
  if ([int]::TryParse(($composeVersion.TrimStart('v') -split '\.')[0], [ref]$composeMajor) -and $composeMajor -lt 2) {
    Fail "Docker Compose $composeVersion is too old: the course needs Compose v2." @(
      'Update Docker Desktop, or install the docker-compose-plugin package (Linux).')
  } else {
    Pass "Docker Compose $composeVersion"
  }
} else {
  Fail 'Docker Compose v2 is missing: the command docker compose does not work.' @(
    'Linux: install the docker-compose-plugin package from the package repository of Docker (the',
    'docker-compose package of many distributions is the old Compose v1). macOS, Windows: update Docker Desktop.')
}

# 4. A real container runs, and tells the architecture and the free space of the engine's disk.
# Single quotes only inside: Windows PowerShell 5.1 passes double quotes to programs badly.
$probe = "import platform, shutil, sys; print('Docker works! Python', sys.version.split()[0]); print('setup-check', platform.machine(), shutil.disk_usage('/').free // 1048576)"
$machine = ''
$freeMb = -1
$runOutput = Invoke-Docker @('run', '--rm', $pythonImage, 'python', '-c', $probe)
if ($script:dockerExit -eq 0) {
  $lines = $runOutput -split "`n" | ForEach-Object { $_.Trim() }
  $probeLine = $lines | Where-Object { $_.StartsWith('setup-check ') } | Select-Object -Last 1
  if ($probeLine) {
    $fields = $probeLine -split ' '
    $machine = $fields[1]
    $parsed = 0L
    if ([long]::TryParse($fields[2], [ref]$parsed)) { $freeMb = $parsed }
    Pass "a container of $pythonImage runs: $($lines | Where-Object { $_.StartsWith('Docker works!') } | Select-Object -Last 1)"
  } else {
    Fail "A container of $pythonImage ran, but did not print what it should:" @($runOutput)
  }
} else {
  Show-Failure "docker run --rm $pythonImage failed" $runOutput
}

if ($machine -eq 'x86_64' -or $machine -eq 'amd64') {
  Info 'Architecture: amd64 (an Intel or AMD processor).' $archAmd64
} elseif ($machine -eq 'aarch64' -or $machine -eq 'arm64') {
  Info 'Architecture: arm64 (Apple silicon, or another ARM processor).' $archArm64
} elseif ($machine) {
  Warn "Architecture: $machine." @('The course is tested on amd64 and arm64 only: some of its pinned packages may not install here.')
}

# 5. The course images: pulled (needed), and the lab images built at home (worth it).
$missingPulled = @()
foreach ($image in $pulledImages) {
  docker image inspect $image 2>&1 | Out-Null
  if ($LASTEXITCODE -ne 0) { $missingPulled += $image }
}
if ($missingPulled.Count -eq 0) {
  Pass "the $($pulledImages.Count) images the labs pull are on this laptop"
} else {
  Fail "not pulled yet: $($missingPulled -join ' ')" @(
    "Run the pre-pull script (pre-pull.ps1), or the docker pull commands in step 3 of $beforePage.")
}
$missingBuilt = @()
foreach ($image in $labImages) {
  docker image inspect $image 2>&1 | Out-Null
  if ($LASTEXITCODE -ne 0) { $missingBuilt += $image }
}
if ($missingBuilt.Count -eq 0) {
  Pass "the $($labImages.Count) lab images of the prepare-at-home script are built"
} else {
  Warn "lab images not built yet: $($missingBuilt -join ' ')" @(
    'Worth doing at home: run setup\prepare-at-home.ps1 in the course folder, so that the lab builds',
    'on the day take their package installs from the cache instead of the conference network.')
}

# 6. Free space where Docker keeps its images (measured inside the container above).
if ($freeMb -ge 0) {
  $needGb = $needGbFresh
  if ($missingPulled.Count -eq 0 -and $missingBuilt.Count -eq 0) { $needGb = $needGbPrepared }
  $freeGb = [math]::Floor($freeMb / 1024)
  if ($freeMb -ge $needGb * 1024) {
    Pass "$freeGb GB free where Docker keeps its images (the course needs about $needGb GB)"
  } else {
    Fail "only $freeGb GB free where Docker keeps its images: the course needs about $needGb GB." @(
      'Docker Desktop: raise its disk limit in Settings, Resources. Anywhere: docker system df shows',
      "what Docker uses, and docker system prune removes what nothing uses. See $(Get-HelpLink 'disk-space')")
  }
}

# 7. The host ports the labs publish are free.
$busy = 0
for ($i = 0; $i -lt $ports.Count; $i++) {
  $port = $ports[$i]
  $labsUsing = $portLabs[$i]
  if (Test-PortInUse $port) {
    $busy += 1
    $holders = Invoke-Docker @('ps', '--filter', "publish=$port", '--format', '{{.Names}}')
    $holder = ''
    if ($script:dockerExit -eq 0) { $holder = (($holders -split "`n") | Select-Object -First 1).Trim() }
    if ($holder) {
      Fail "port $port is taken by your container $holder, and $labsUsing needs it." @("Stop it: docker stop $holder")
    } else {
      Fail "port $port is taken by another program, and $labsUsing needs it." @(
        "Find it (Windows: Get-NetTCPConnection -LocalPort $port | Select-Object OwningProcess; macOS, Linux: lsof -nP -iTCP:$port -sTCP:LISTEN) and stop it,",
        "or publish that lab on another host port: see $(Get-HelpLink 'port-clashes')")
    }
  } elseif (-not (Test-PortBindable $port)) {
    $busy += 1
    Fail "port $port cannot be used on this machine, and $labsUsing needs it." @(
      'Windows reserves some ranges of ports for Hyper-V and WSL; see them with:',
      'netsh interface ipv4 show excludedportrange protocol=tcp',
      "Publish that lab on another host port: see $(Get-HelpLink 'port-clashes')")
  }
}
if ($busy -eq 0) { Pass "ports $($ports -join ' ') are free (the labs publish them on 127.0.0.1)" }

# 8. Git, to get the course material (the ZIP download works without it).
if (Get-Command git -ErrorAction SilentlyContinue) {
  Pass "$(git --version)"
} else {
  Warn 'Git is not installed.' @("Install it (step 2 of $beforePage), or download the course material as a ZIP (step 5).")
}

Finish
