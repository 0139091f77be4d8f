import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** CPU time (user + system) each child process of a parent has used so far, in ms, by pid, with its command line. */
export interface ChildCpu {
  readonly pid: number
  readonly commandLine: string
  readonly cpuMs: number
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/**
 * The children of `parentPid`, from Linux's /proc (utime and stime of /proc/<pid>/stat): the emulator's
 * function instances are its children, and their CPU is not in the emulator's own `process.cpuUsage()`.
 * Empty where there is no /proc.
 */
export function childProcessesCpu(parentPid: number): ChildCpu[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc').filter(name => /^\d+$/.test(name))
  } catch {
    return []
  }
  const children: ChildCpu[] = []
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may hold spaces and parentheses: the fields that follow start after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) !== parentPid) continue
      const ticks = Number(fields[11]) + Number(fields[12])
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ')
      children.push({ pid: Number(entry), commandLine, cpuMs: (ticks * 1000) / ticksPerSecond })
    } catch {
      // The process ended while being read.
    }
  }
  return children
}
