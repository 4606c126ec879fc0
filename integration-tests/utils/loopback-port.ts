import net from "node:net"

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** True when a server on `port` answers the text command `request` with a reply starting with `expected`. */
export function answersCommand(
  port: number,
  request: string,
  expected: string
): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.setTimeout(500, () => {
      socket.destroy()
      resolve(false)
    })
    socket.on("error", () => resolve(false))
    socket.on("connect", () => socket.write(`${request}\r\n`))
    socket.on("data", (chunk) => {
      socket.destroy()
      resolve(chunk.toString().startsWith(expected))
    })
  })
}
