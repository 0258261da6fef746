package org.crampguide.web;

import java.util.Map;

/**
 * A page to render: the template and the model it is given.
 *
 * @param template the template name, such as {@code article}
 * @param model the variables the template reads
 */
record PageView(String template, Map<String, Object> model) {

}
