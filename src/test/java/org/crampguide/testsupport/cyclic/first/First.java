package org.crampguide.testsupport.cyclic.first;

import org.crampguide.testsupport.cyclic.second.Second;

/** Half of a deliberate package cycle that {@code ModularityTests} must catch. */
public class First {

	Second second;

}
