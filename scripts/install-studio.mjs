console.log('studio install: placeholder')
