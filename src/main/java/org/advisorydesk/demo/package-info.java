/**
 * Demo activity: about two years of a working desk, made at first start by the real engine with its
 * clock moved back ({@code ClockUtil}), driven through the product's own services as the demo users
 * would drive them. On with {@code advisorydesk.demo-data.enabled} and
 * {@code advisorydesk.demo-data.activity} (both on by default), and only on a database without requests.
 * Nothing depends on this module.
 */
package org.advisorydesk.demo;
