/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.sim;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.KeyAgreement;

/**
 * Derives a wireguard public key from a private key, as VPP does when it creates a wireguard interface, so the
 * simulator's {@code wireguard_interface_dump} shows the same public key a real VPP would: X25519 of the clamped
 * private scalar with the base point 9, which is what the JDK's X25519 key agreement computes.
 */
final class Curve25519 {
    private static final BigInteger BASE_POINT = BigInteger.valueOf(9);

    private Curve25519() {
        // utility class
    }

    static byte[] publicKey(final byte[] privateKey) {
        try {
            final var factory = KeyFactory.getInstance("XDH");
            final var priv = factory.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519,
                privateKey.clone()));
            final var base = factory.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BASE_POINT));
            final var agreement = KeyAgreement.getInstance("X25519");
            agreement.init(priv);
            agreement.doPhase(base, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is not available in this JDK", e);
        }
    }
}
