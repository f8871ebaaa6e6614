/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.yang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.AbsolutePath;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ConnectionId;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.ForwarderName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.HostInterfaceName;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.NsmVpp;
import org.opendaylight.yang.gen.v1.urn.io.nsmvpp.yang.nsm.vpp.rev261127.WireguardKey;
import org.opendaylight.yangtools.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yangtools.yang.data.api.YangNetconfError;
import org.opendaylight.yangtools.yang.data.api.codec.YangInvalidValueException;
import org.opendaylight.yangtools.yang.data.codec.gson.JSONCodecFactorySupplier;
import org.opendaylight.yangtools.yang.data.codec.gson.JsonParserStream;
import org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNormalizedNodeStreamWriter;
import org.opendaylight.yangtools.yang.data.impl.schema.NormalizationResultHolder;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * Values the model must refuse, checked the way users reach the model: through the JSON parser that RESTCONF
 * uses for request bodies, and through the generated bindings that Java callers use.
 */
class ModelConstraintTest {
    private static final String UUID = "3f1c0a2e-9b7d-4c5e-8f60-1a2b3c4d5e6f";
    private static EffectiveModelContext context;

    @BeforeAll
    static void loadModel() {
        context = BindingRuntimeHelpers.createEffectiveModel(NsmVpp.class);
    }

    private static void parse(final String body) throws Exception {
        final var result = new NormalizationResultHolder();
        try (var writer = ImmutableNormalizedNodeStreamWriter.from(result);
             var parser = JsonParserStream.create(writer, JSONCodecFactorySupplier.RFC7951.getShared(context))) {
            parser.parse(new JsonReader(new StringReader(body)));
        }
    }

    private static String connection(final String clientMechanism) {
        return """
            {"nsm-vpp:nsm-vpp": {"forwarder-name": "forwarder-vpp-1", "connection": [{
              "id": "%s", "expires-at": "2026-11-27T12:00:00Z",
              "client": %s,
              "server": {"loopback": {}}
            }]}}""".formatted(UUID, clientMechanism);
    }

    @Test
    void aValidDocumentParses() {
        assertThatCode(() -> parse(connection("""
            {"memif": {"socket-file": "/run/nsm/m.sock", "role": "slave", "mode": "ip", "id": 3},
             "ip-address": ["10.0.0.1/30"]}"""))).doesNotThrowAnyException();
        assertThatCode(() -> parse(connection("""
            %s""".formatted(wireguard(WG_PRIVATE, "192.0.2.2"))))).doesNotThrowAnyException();
    }

    private static final String WG_PRIVATE = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";
    private static final String WG_PUBLIC = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";

    private static String vxlan(final long vni) {
        return "{\"vxlan\": {\"source-address\": \"192.0.2.1\", \"destination-address\": \"192.0.2.2\", "
            + "\"vni\": " + vni + "}}";
    }

    private static String wireguard(final String privateKey, final String endpoint) {
        return "{\"wireguard\": {\"private-key\": \"" + privateKey + "\", \"source-address\": \"192.0.2.1\", "
            + "\"peer-public-key\": \"" + WG_PUBLIC + "\", \"endpoint\": \"" + endpoint + "\", "
            + "\"allowed-ips\": [\"10.0.0.0/8\"]}}";
    }

    static Stream<Arguments> invalidMechanisms() {
        return Stream.of(
            Arguments.of("vni 0", vxlan(0), "0"),
            Arguments.of("vni above 24 bits", vxlan(16_777_216), "16777216"),
            Arguments.of("memif punt mode", "{\"memif\": {\"socket-file\": \"/m.sock\", \"mode\": \"punt-inject\"}}",
                "punt-inject"),
            Arguments.of("memif relative socket", "{\"memif\": {\"socket-file\": \"run/m.sock\"}}", "run/m.sock"),
            Arguments.of("memif ring size", "{\"memif\": {\"socket-file\": \"/m.sock\", \"ring-size\": 4}}", "4"),
            Arguments.of("tap name too long", "{\"kernel-tap\": {\"host-interface-name\": \"a-very-long-name1\"}}",
                "a-very-long-name1"),
            Arguments.of("tap mtu", "{\"kernel-tap\": {\"host-interface-name\": \"tap0\", \"mtu\": 67}}", "67"),
            Arguments.of("tap mac", "{\"kernel-tap\": {\"host-interface-name\": \"t0\", \"mac-address\": \"02:zz\"}}",
                "02:zz"),
            Arguments.of("af-packet slash", "{\"af-packet\": {\"host-interface-name\": \"eth0/1\"}}", "eth0/1"),
            Arguments.of("wireguard short key", wireguard("c2hvcnQ=", "192.0.2.2"), "c2hvcnQ="),
            Arguments.of("wireguard bad endpoint", wireguard(WG_PRIVATE, "not-an-ip"), "not-an-ip"),
            Arguments.of("unknown mechanism", "{\"gre\": {\"source-address\": \"192.0.2.1\"}}", "gre"),
            Arguments.of("address without length", "{\"loopback\": {}, \"ip-address\": [\"10.0.0.1\"]}", "10.0.0.1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMechanisms")
    void invalidMechanismValuesAreRefusedNamingTheValue(final String what, final String client,
            final String value) {
        assertThatThrownBy(() -> parse(connection(client))).as(what).hasStackTraceContaining(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"nsm-vpp:nsm-vpp\": {\"forwarder-name\": \"Forwarder\"}}",
        "{\"nsm-vpp:nsm-vpp\": {\"forwarder-name\": \"fwd:1\"}}",
        "{\"nsm-vpp:nsm-vpp\": {\"forwarder-name\": \"fwd/1\"}}",
        "{\"nsm-vpp:nsm-vpp\": {\"max-token-lifetime\": 5}}",
        "{\"nsm-vpp:nsm-vpp\": {\"max-token-lifetime\": 86401}}",
        "{\"nsm-vpp:nsm-vpp\": {\"cleanup-on-stop\": \"wipe\"}}",
        "{\"nsm-vpp:nsm-vpp\": {\"adopt-forwarder-names\": [\"ok\", \"Not-Ok\"]}}",
        "{\"nsm-vpp:nsm-vpp\": {\"vpp\": {\"api-socket\": \"api.sock\"}}}",
        "{\"nsm-vpp:nsm-vpp\": {\"vpp\": {\"request-timeout\": 1}}}",
        "{\"nsm-vpp:nsm-vpp\": {\"connection\": [{\"id\": \"has space\", \"expires-at\": \"2026-11-27T12:00:00Z\"}]}}",
        "{\"nsm-vpp:nsm-vpp\": {\"connection\": [{\"id\": \"c1\", \"expires-at\": \"tomorrow\"}]}}",
        "{\"nsm-vpp:nsm-vpp\": {\"connection\": [{\"id\": \"c1\", \"cross-connect\": {\"kind\": \"l4xc\"}}]}}",
    })
    void invalidSettingsAreRefused(final String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(Exception.class);
    }

    static Stream<Arguments> refusalsNamingTheLeaf() {
        final String lease = "\"expires-at\": \"2030-01-01T00:00:00Z\"";
        return Stream.of(
            Arguments.of("{\"connection\": [{\"id\": \"c1\", \"expires-at\": \"tomorrow\"}]}",
                "expires-at: a date-and-time as in RFC 3339, such as 2030-01-01T00:00:00Z"),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"client\": {\"loopback\": {}, "
                + "\"ip-address\": [\"10.1.2.3\"]}}]}", IP_PREFIX),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"client\": {\"loopback\": {}, "
                + "\"ip-address\": [\"10.1.2.3/24 \"]}}]}", IP_PREFIX),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"client\": {\"loopback\": {}, "
                + "\"ip-address\": [\"fe80::1%eth0/64\"]}}]}", IP_PREFIX),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"client\": "
                + wireguard(WG_PRIVATE, "192.0.2.2").replace("10.0.0.0/8", "10.0.0.0") + "}]}", IP_PREFIX),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"client\": {\"memif\": "
                + "{\"socket-file\": \"/m.sock\", \"mode\": \"punt-inject\"}}}]}",
                "memif mode: ethernet or ip (VPP v26.06 crashes on punt/inject)"),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"client\": {\"memif\": "
                + "{\"socket-file\": \"/m.sock\", \"role\": \"boss\"}}}]}", "memif role: master or slave"),
            Arguments.of("{\"connection\": [{\"id\": \"c1\", " + lease + ", \"cross-connect\": {\"kind\": "
                + "\"l4xc\"}}]}", "cross-connect kind: l2xc or l3xc"),
            Arguments.of("{\"cleanup-on-stop\": \"wipe\"}", "cleanup-on-stop: keep or delete"));
    }

    private static final String IP_PREFIX = "ip-address and allowed-ips: an IPv4 or IPv6 address with a prefix "
        + "length, such as 10.1.2.3/24 or 2001:db8::1/64";

    /**
     * The message RESTCONF and NETCONF put into error-message: the model restates these types with an error-message
     * that names the leaf, where an imported type or an enumeration would be refused naming only the value.
     */
    @ParameterizedTest
    @MethodSource("refusalsNamingTheLeaf")
    void aValueOutsideItsTypeIsRefusedNamingTheLeaf(final String body, final String message) {
        Throwable cause = catchThrowable(() -> parse("{\"nsm-vpp:nsm-vpp\": " + body + "}"));
        while (cause != null && !(cause instanceof YangInvalidValueException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as(body).isInstanceOf(YangInvalidValueException.class);
        assertThat(((YangInvalidValueException) cause).getNetconfErrors()).singleElement()
            .extracting(YangNetconfError::message).asString().isEqualTo(message);
    }

    @Test
    void valuesOfTheRestatedTypesParse() {
        assertThatCode(() -> parse("{\"nsm-vpp:nsm-vpp\": {\"connection\": [{\"id\": \"c1\", "
            + "\"expires-at\": \"2030-01-01T00:00:00.25+01:00\", \"client\": {\"memif\": {\"socket-file\": "
            + "\"/m.sock\", \"role\": \"slave\", \"mode\": \"ip\"}, \"ip-address\": [\"10.1.2.3/24\", "
            + "\"2001:db8::1/64\", \"::ffff:192.0.2.1/128\"]}, \"cross-connect\": {\"kind\": \"l3xc\"}}], "
            + "\"cleanup-on-stop\": \"delete\"}}")).doesNotThrowAnyException();
    }

    @Test
    void connectionIdsLongerThanAnyTagCouldHoldAreRefused() {
        assertThat(new ConnectionId("x".repeat(54)).getValue()).hasSize(54);
        assertThatThrownBy(() -> new ConnectionId("x".repeat(55))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "-x", "x-", "a:b", "a/b", "a b"})
    void forwarderNamesThatCouldBreakTagsAreRefusedByTheBindings(final String name) {
        assertThatThrownBy(() -> new ForwarderName(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireguardKeysMustBeCanonicalBase64OfThirtyTwoBytes() {
        assertThat(new WireguardKey("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=").getValue()).hasSize(44);
        // 'h' in the last position would carry bits beyond the 32nd byte.
        assertThatThrownBy(() -> new WireguardKey("xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dh="))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostInterfaceNamesAndSocketPathsFollowLinuxLimits() {
        assertThat(new HostInterfaceName("a".repeat(15)).getValue()).hasSize(15);
        assertThatThrownBy(() -> new HostInterfaceName("a".repeat(16))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AbsolutePath("/" + "s".repeat(106)).getValue()).hasSize(107);
        assertThatThrownBy(() -> new AbsolutePath("/" + "s".repeat(107))).isInstanceOf(IllegalArgumentException.class);
    }
}
