new Vue({
  el: '#app',
  data: { list: [], pageNo: 1, pages: 1, total: 0 },
  mounted: function () { this.load(); },
  methods: {
    load: function () {
      var vm = this;
      axios.get(listApi + vm.pageNo).then(function (res) {
        if (res.data.code !== 0) { return; }
        vm.list = res.data.data.records;
        vm.total = res.data.data.total;
        vm.pages = res.data.data.pages;
      });
    },
    go: function (n) { if (n >= 1 && n <= this.pages) { this.pageNo = n; this.load(); } }
  }
});
