/*
 * Copyright (c) 2026 nsm-vpp authors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.nsmvpp.vpp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The embedded vnet error table (VPP v26.06, 143 entries). */
class VppErrorTest {
    @Test
    void theTableHasEveryRetvalOnce() {
        assertThat(VppError.values()).hasSize(143);
        assertThat(Arrays.stream(VppError.values()).map(VppError::retval).distinct()).hasSize(143);
        assertThat(Arrays.stream(VppError.values()).allMatch(e -> e.retval() < 0)).isTrue();
    }

    @Test
    void retvalsTheProductMeetsHaveTheirVppNames() {
        assertThat(VppError.of(-2)).contains(VppError.INVALID_SW_IF_INDEX);
        assertThat(VppError.of(-11)).contains(VppError.SYSCALL_ERROR_1);
        assertThat(VppError.of(-68)).contains(VppError.SUBIF_ALREADY_EXISTS);
        assertThat(VppError.of(-116)).contains(VppError.ENTRY_ALREADY_EXISTS);
        assertThat(VppError.of(-147)).contains(VppError.INSTANCE_IN_USE);
        assertThat(VppError.INVALID_VALUE.text()).isEqualTo("Invalid value");
        assertThat(VppError.of(-165)).contains(VppError.EAGAIN);
        assertThat(VppError.describe(-7)).isEqualTo("VNET_API_ERROR_INVALID_VALUE (Invalid value)");
        assertThat(VppError.describe(-9999)).isEqualTo("unknown retval -9999");
    }
}
