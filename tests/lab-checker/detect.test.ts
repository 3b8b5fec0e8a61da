import {describe, expect, it} from 'vitest';
import {
  INSTALL_DOCKER_MESSAGE,
  NO_STANDINS_IN_YOUR_DAEMON_MESSAGE,
  decideEngine,
  decideWorld,
  forcedWorld,
  type HostFacts,
} from '../../scripts/lab-checker/engine/detect';

const ciMachine: HostFacts = {
  existingEngineReachable: false,
  isLinux: true,
  isRoot: true,
  isDebian: true,
  dockerdInstalled: false,
  forcePrivate: false,
};
const laptop: HostFacts = {...ciMachine, existingEngineReachable: true, isRoot: false, isDebian: false, isLinux: false};

describe('decideEngine', () => {
  it('uses a running engine', () => {
    expect(decideEngine(laptop)).toEqual({kind: 'existing'});
  });
  it('installs Docker and starts a private daemon on a bare Debian machine as root', () => {
    expect(decideEngine(ciMachine)).toEqual({kind: 'private', installDocker: true});
    expect(decideEngine({...ciMachine, dockerdInstalled: true})).toEqual({kind: 'private', installDocker: false});
  });
  it('can be forced to a private daemon next to a running engine', () => {
    expect(decideEngine({...ciMachine, existingEngineReachable: true, forcePrivate: true}).kind).toBe('private');
  });
  it('says in one sentence what to install anywhere else', () => {
    const decision = decideEngine({...laptop, existingEngineReachable: false});
    expect(decision).toEqual({kind: 'unavailable', message: INSTALL_DOCKER_MESSAGE});
    expect(INSTALL_DOCKER_MESSAGE.split('. ').length).toBe(1);
    expect(decideEngine({...ciMachine, isRoot: false}).kind).toBe('unavailable');
    expect(decideEngine({...ciMachine, isDebian: false}).kind).toBe('unavailable');
  });
});

describe('decideWorld', () => {
  it('is online wherever the registry answers', () => {
    expect(decideWorld({engine: 'existing', registryReachable: true, privatePossible: false})).toEqual({world: 'online'});
    expect(decideWorld({engine: 'private', registryReachable: true, privatePossible: true})).toEqual({world: 'online'});
  });
  it('provisions stand-ins only in the private daemon', () => {
    expect(decideWorld({engine: 'private', registryReachable: false, privatePossible: true})).toEqual({world: 'offline'});
    expect(decideWorld({engine: 'existing', registryReachable: false, privatePossible: true})).toEqual({switchToPrivate: true});
    expect(decideWorld({engine: 'existing', registryReachable: false, privatePossible: false})).toEqual({
      error: NO_STANDINS_IN_YOUR_DAEMON_MESSAGE,
    });
  });
  it('uses an engine it did not start offline only when told so, and then builds no stand-in into it', () => {
    // A CI runner (uid 1001) checking against the checker's own daemon, started and filled by root.
    expect(decideWorld({engine: 'existing', registryReachable: false, privatePossible: false, forcedOffline: true})).toEqual({
      world: 'offline',
      provision: false,
    });
    // Root switches to its own daemon instead; a registry that answers wins over the flag.
    expect(decideWorld({engine: 'existing', registryReachable: false, privatePossible: true, forcedOffline: true})).toEqual({
      switchToPrivate: true,
    });
    expect(decideWorld({engine: 'existing', registryReachable: true, privatePossible: false, forcedOffline: true})).toEqual({
      world: 'online',
    });
  });
  it('reads a forced world from the environment', () => {
    expect(forcedWorld({LAB_CHECKER_WORLD: 'offline'})).toBe('offline');
    expect(forcedWorld({LAB_CHECKER_WORLD: 'online'})).toBe('online');
    expect(forcedWorld({LAB_CHECKER_WORLD: 'maybe'})).toBeUndefined();
    expect(forcedWorld({})).toBeUndefined();
  });
});
