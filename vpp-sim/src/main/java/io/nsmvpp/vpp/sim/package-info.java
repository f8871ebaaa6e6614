/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */

/**
 * A simulated VPP v26.06 on VPP's own socket transport, so nsm-vpp and vpp-client can be tested where no VPP runs.
 *
 * <p>The public API is small: {@link io.nsmvpp.vpp.sim.Simulator} starts one (in-process, or as a process through
 * {@link io.nsmvpp.vpp.sim.SimulatorMain}), {@link io.nsmvpp.vpp.sim.FaultInjector} breaks it on purpose, and
 * {@link io.nsmvpp.vpp.sim.Operation} records what it received. Inside, {@code SimServer} speaks the socket protocol
 * on one {@code EventLoop} thread: it answers sockclnt_create and sockclnt_delete itself and dispatches every other
 * request by name_crc to the handler a plugin registered. {@code VppModel} is one VPP run: {@code InterfaceCore}
 * (the interface pool and event process, the only API plugins share) and one class per VPP plugin
 * ({@code InterfacePlugin}, {@code IpPlugin}, {@code L2Plugin}, {@code MemifPlugin}, {@code TapPlugin},
 * {@code AfPacketPlugin}, {@code VxlanPlugin}, {@code WireguardPlugin}, {@code L3xcPlugin}, {@code VpePlugin}), each
 * holding its state with the rules measured on a real VPP v26.06 and the handlers of its messages. The conformance
 * suite in the test tree runs against this simulator and, with {@code VPP_API_SOCKET} set, against a real VPP: it
 * is what keeps the simulator honest.
 */
package io.nsmvpp.vpp.sim;
