package org.crampguide.testsupport.cyclic.second;

import org.crampguide.testsupport.cyclic.first.First;

/**
 * The other half of a deliberate package cycle that {@code ModularityTests} must catch.
 */
public class Second {

	First first;

}
