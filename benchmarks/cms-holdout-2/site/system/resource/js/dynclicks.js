function _getBatchClickTimes(){return;}
