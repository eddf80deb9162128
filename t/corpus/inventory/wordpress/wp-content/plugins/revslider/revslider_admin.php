<?php
/* the main plugin file is gone; the admin file that serves
   revslider_show_image is still reachable */
class RevSliderAdmin extends UniteBaseAdminClassRev {
}
