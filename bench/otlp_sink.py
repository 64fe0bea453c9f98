"""A collector stand-in for benchmarks: accepts OTLP/HTTP posts on 127.0.0.1 and drops them, so
a traced gateway pays for building, encoding and sending its spans but not for a collector's
work. Counts what it got and prints it on SIGTERM. (The tests' receiver, which decodes every
span, is tests/telemetry/_otlp.py.)

    .venv/bin/python bench/otlp_sink.py --port 4318
"""

from __future__ import annotations

import argparse
import asyncio
import signal

RECEIVED = {"posts": 0, "bytes": 0}


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            await reader.readexactly(length)
            RECEIVED["posts"] += 1
            RECEIVED["bytes"] += length
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/x-protobuf\r\n")
            writer.write(b"Content-Length: 0\r\n\r\n")
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    except asyncio.CancelledError:
        # The server's close cancels connections still open at SIGTERM: an exporter's
        # keep-alive connection is not an error worth a traceback.
        pass
    finally:
        writer.close()


async def _main(port: int) -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    async with server:
        await stop.wait()
    print(f"otlp sink: {RECEIVED['posts']} posts, {RECEIVED['bytes']:,} bytes", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--port", type=int, default=4318)
    asyncio.run(_main(ap.parse_args().port))


if __name__ == "__main__":
    main()
