/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.impl.datastore;

import io.nsmvpp.cds.CdsFixture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link CdsFixture} per test class and hands it to any {@code CdsFixture} parameter of a
 * {@code @BeforeAll}, {@code @BeforeEach} or test method (not of the constructor of a per-class test instance,
 * which is made before the fixture starts).
 *
 * <pre>{@code
 * @ExtendWith(CdsExtension.class)
 * class MyTest {
 *     @BeforeAll
 *     static void setUp(final CdsFixture cds) { ... cds.domBroker() ... cds.dataBroker() ... }
 * }
 * }</pre>
 */
public final class CdsExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CdsExtension.class);

    @Override
    public void beforeAll(final ExtensionContext context) throws Exception {
        context.getStore(NAMESPACE).put(CdsFixture.class, CdsFixture.start());
    }

    @Override
    public void afterAll(final ExtensionContext context) {
        final var fixture = context.getStore(NAMESPACE).remove(CdsFixture.class, CdsFixture.class);
        if (fixture != null) {
            fixture.close();
        }
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameterContext,
            final ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == CdsFixture.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE).get(CdsFixture.class, CdsFixture.class);
    }
}
