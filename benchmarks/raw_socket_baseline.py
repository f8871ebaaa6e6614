#!/usr/bin/env python3
#
# Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
#
# This program and the accompanying materials are made available under the
# terms of the Eclipse Public License v1.0 which accompanies this distribution,
# and is available at http://www.eclipse.org/legal/epl-v10.html
#
"""The "raw socket, Python struct" column of DESIGN.md section 5, measured in the same run as vpp-client.

What the wire allows from the simplest possible client: one blocking UNIX socket, Python's struct module,
no decoding beyond what is needed to find the end of a dump. Run it against the same VPP (or vpp-sim socket)
right before or after benchmarks/run.sh, on an idle machine, so that the ratios come from one sitting:

    python3 benchmarks/raw_socket_baseline.py /run/vpp/api.sock

It creates loopbacks tagged 'rawbench-<pid>' for the dump figures and deletes them before it ends.
"""

import os
import socket
import struct
import sys
import time

HEADER = struct.Struct(">QII")


class Raw:
    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.buf = b""
        self.pos = 0
        self.send(struct.pack(">HI64s", 15, 0, b"rawbench"))
        body = self.recv()
        _, _, _, _, self.index, count = struct.unpack_from(">HIIiIH", body)
        self.ids = {}
        for i in range(count):
            msg_id, name = struct.unpack_from(">H64s", body, 20 + 66 * i)
            self.ids[name.rstrip(b"\0").decode()] = msg_id

    def id(self, name_crc):
        return self.ids[name_crc]

    def send(self, body):
        self.sock.sendall(HEADER.pack(0, len(body), 0) + body)

    def recv(self):
        while True:
            avail = len(self.buf) - self.pos
            if avail >= 16:
                (length,) = struct.unpack_from(">I", self.buf, self.pos + 8)
                if avail >= 16 + length:
                    start = self.pos + 16
                    self.pos = start + length
                    return self.buf[start:self.pos]
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise EOFError("VPP closed the socket")
            # Keep only the unread tail, so a long dump is not copied once per frame.
            self.buf = self.buf[self.pos:] + chunk
            self.pos = 0


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("VPP_API_SOCKET", "/run/vpp/api.sock")
    vpp = Raw(path)
    ping = vpp.id("control_ping_51077d14")
    ping_reply = vpp.id("control_ping_reply_f6b0b8ca")
    dump = vpp.id("sw_interface_dump_aa610c27")
    create = vpp.id("create_loopback_42bb5d22")
    delete = vpp.id("delete_loopback_f9e6675e")
    tag_add = vpp.id("sw_interface_tag_add_del_426f8bc1")
    tag = ("rawbench-%d" % os.getpid()).encode()

    # sync control_ping
    count, end = 0, time.perf_counter() + 3
    while time.perf_counter() < end:
        vpp.send(struct.pack(">HII", ping, vpp.index, count))
        vpp.recv()
        count += 1
    print("raw sync control_ping                 %8.0f /s" % (count / 3))

    # sync create+delete pairs
    count, end = 0, time.perf_counter() + 3
    while time.perf_counter() < end:
        vpp.send(struct.pack(">HII6s", create, vpp.index, 1, b"\0" * 6))
        (sw_if_index,) = struct.unpack_from(">I", vpp.recv(), 10)
        vpp.send(struct.pack(">HIII", delete, vpp.index, 2, sw_if_index))
        vpp.recv()
        count += 1
    print("raw sync create+delete pairs          %8.0f /s" % (count / 3))

    # pipelined pairs, batches of 100
    count, end = 0, time.perf_counter() + 3
    while time.perf_counter() < end:
        for i in range(100):
            vpp.send(struct.pack(">HII6s", create, vpp.index, i, b"\0" * 6))
        created = [struct.unpack_from(">I", vpp.recv(), 10)[0] for _ in range(100)]
        for i, sw_if_index in enumerate(created):
            vpp.send(struct.pack(">HIII", delete, vpp.index, i, sw_if_index))
        for _ in range(100):
            vpp.recv()
        count += 100
    t = 3
    print("raw pipelined pairs (batches of 100)  %8.0f /s" % (count / t))

    # dumps of N interfaces: create tagged loopbacks (pipelined), time full dumps, delete them again
    ours = []
    try:
        for target in (1000, 10000):
            while len(ours) < target:
                batch = min(500, target - len(ours))
                for i in range(batch):
                    vpp.send(struct.pack(">HII6s", create, vpp.index, i, b"\0" * 6))
                for _ in range(batch):
                    (retval, sw_if_index) = struct.unpack_from(">iI", vpp.recv(), 6)
                    if retval != 0:
                        raise RuntimeError("create_loopback retval %d" % retval)
                    ours.append(sw_if_index)
                    vpp.send(struct.pack(">HII?I64s", tag_add, vpp.index, 0, True, sw_if_index, tag))
                for _ in range(batch):
                    vpp.recv()
            times = []
            for rep in range(20):
                start = time.perf_counter()
                vpp.send(struct.pack(">HIII?I", dump, vpp.index, 7, 0xFFFFFFFF, False, 0))
                vpp.send(struct.pack(">HII", ping, vpp.index, 7))
                rows = 0
                while True:
                    body = vpp.recv()
                    if struct.unpack_from(">H", body)[0] == ping_reply:
                        break
                    rows += 1
                times.append(time.perf_counter() - start)
            times = sorted(times[5:])
            print("raw sw_interface_dump, %5d rows      %8.2f ms median (min %.2f)"
                  % (rows, times[len(times) // 2] * 1000, times[0] * 1000))
    finally:
        for i, sw_if_index in enumerate(ours):
            vpp.send(struct.pack(">HIII", delete, vpp.index, i, sw_if_index))
        for _ in ours:
            vpp.recv()


if __name__ == "__main__":
    main()
