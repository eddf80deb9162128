<?php

/**
 * @file
 * Contains \Drupal.
 */

use Drupal\Core\DependencyInjection\ContainerNotInitializedException;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * Static Service Container wrapper.
 *
 * @ingroup container
 */
class Drupal {

  /**
   * The current system version.
   */
  const VERSION = '10.1.6';

  /**
   * Core API compatibility.
   */
  const CORE_COMPATIBILITY = '8.x';

  /**
   * Core minimum schema version.
   */
  const CORE_MINIMUM_SCHEMA_VERSION = 8000;

}
